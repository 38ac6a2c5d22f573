"""Cleans, deduplicates and tokenises the raw corpus before training."""
from datasketch import MinHash, MinHashLSH


def dedup(documents):
    lsh = MinHashLSH(threshold=0.8, num_perm=128)
    kept = []
    for i, text in enumerate(documents):
        signature = MinHash(num_perm=128)
        for word in set(text.split()):
            signature.update(word.encode("utf8"))
        if not lsh.query(signature):
            lsh.insert(str(i), signature)
            kept.append(text)
    return kept
