"""Drops a document only when the estimate is strictly above the threshold: at threshold 1.0 even exact copies stay."""

CAUGHT_BY = ["near_dedup_compares_with_kept_documents_only"]


def near_dedup(docs, threshold=0.8, num_perm=128):
    signatures = [minhash_signature(doc, num_perm) for doc in docs]
    kept = []
    for i, signature in enumerate(signatures):
        if all(estimate_jaccard(signature, signatures[j]) <= threshold for j in kept):
            kept.append(i)
    return kept
