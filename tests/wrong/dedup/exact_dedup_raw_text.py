"""Compares the raw texts, so copies that differ only in case or spacing are all kept."""

CAUGHT_BY = ["exact_dedup_keeps_the_first_of_each_copy", "exact_dedup_output_is_an_ordered_duplicate_free_subset"]


def exact_dedup(docs):
    return list(dict.fromkeys(docs))
