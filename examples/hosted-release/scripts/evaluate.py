"""Scores a checkpoint on the evaluation suite with lm_eval."""
import lm_eval


def evaluate(checkpoint: str):
    return lm_eval.simple_evaluate(model="hf", model_args=f"pretrained={checkpoint}", tasks=["hellaswag", "arc_easy", "piqa"])
