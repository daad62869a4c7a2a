"""Returns the normalised forms instead of the documents themselves: "Hello  World" comes back as "hello world"."""

CAUGHT_BY = ["exact_dedup_keeps_the_first_of_each_copy", "exact_dedup_output_is_an_ordered_duplicate_free_subset"]


def exact_dedup(docs):
    kept = []
    for doc in docs:
        if normalize(doc) not in kept:
            kept.append(normalize(doc))
    return kept
