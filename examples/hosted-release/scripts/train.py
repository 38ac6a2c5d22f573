"""Pre-trains Kestrel on the tokenised corpus."""
import torch
from kestrel.model import KestrelModel


def train(loader, steps: int, lr: float = 3e-4):
    model = KestrelModel()
    optimizer = torch.optim.AdamW(model.parameters(), lr=lr, weight_decay=0.1)
    for step, batch in zip(range(steps), loader):
        logits = model(batch[:, :-1])
        loss = torch.nn.functional.cross_entropy(logits.flatten(0, 1), batch[:, 1:].flatten())
        loss.backward()
        optimizer.step()
        optimizer.zero_grad()
        if step % 1000 == 0:
            torch.save(model.state_dict(), f"checkpoints/step{step}.pt")
