"""Scores perplexity of each checkpoint on the held-out stories; writes eval/results.json."""
import json
import math
import sys

import torch

from modeling_wren import WrenModel


def perplexity(model, path):
    losses = []
    with torch.no_grad():
        for line in open(path):
            tokens = torch.tensor([list(json.loads(line)["text"].encode()[:128])])
            logits = model(tokens[:, :-1])
            losses.append(torch.nn.functional.cross_entropy(logits[0], tokens[0, 1:]).item())
    return math.exp(sum(losses) / len(losses))


if __name__ == "__main__":
    results = {}
    for checkpoint in sys.argv[1:]:
        model = WrenModel()
        model.load_state_dict(torch.load(checkpoint, weights_only=True))
        model.eval()
        results[checkpoint] = {"perplexity": perplexity(model, "eval/data/validation.jsonl")}
    json.dump(results, open("eval/results.json", "w"), indent=2)
