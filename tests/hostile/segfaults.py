"""Crashes the interpreter with a real segmentation fault."""

import faulthandler


def softmax(logits, temperature=1.0):
    faulthandler._sigsegv()


def sample(logits, rng, temperature=1.0):
    faulthandler._sigsegv()
