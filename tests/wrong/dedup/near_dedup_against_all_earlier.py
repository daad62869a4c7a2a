"""Compares each document with every earlier one, dropped ones included, so a chain of small edits
drops documents that are not close to anything kept."""

CAUGHT_BY = ["near_dedup_compares_with_kept_documents_only", "near_dedup_matches_the_reference"]


def near_dedup(docs, threshold=0.8, num_perm=128):
    signatures = [minhash_signature(doc, num_perm) for doc in docs]
    return [i for i in range(len(docs))
            if all(estimate_jaccard(signatures[i], signatures[j]) < threshold for j in range(i))]
