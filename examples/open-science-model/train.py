"""Trains Wren-Tiny on the preprocessed stories. Usage: python train.py configs/train.yaml"""
import json
import sys

import torch
import yaml

from modeling_wren import WrenModel


def batches(path, size):
    with open(path) as f:
        rows = [json.loads(line)["text"].encode()[:128] for line in f]
    for i in range(0, len(rows), size):
        chunk = [list(r) + [0] * (128 - len(r)) for r in rows[i : i + size]]
        yield torch.tensor(chunk)


def main(config_path):
    config = yaml.safe_load(open(config_path))
    model = WrenModel()
    optimizer = torch.optim.AdamW(model.parameters(), lr=config["learning_rate"], weight_decay=config["weight_decay"])
    step = 0
    while step < config["max_steps"]:
        for tokens in batches(config["train_file"], config["batch_size"]):
            logits = model(tokens[:, :-1])
            loss = torch.nn.functional.cross_entropy(logits.reshape(-1, logits.shape[-1]), tokens[:, 1:].reshape(-1))
            loss.backward()
            optimizer.step()
            optimizer.zero_grad()
            step += 1
            if step % config["save_every"] == 0:
                torch.save(model.state_dict(), f"checkpoints/step-{step}.pt")


if __name__ == "__main__":
    main(sys.argv[1])
