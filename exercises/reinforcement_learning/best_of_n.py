"""RL with a verifier, without the gradient: pick the best attempt, keep the correct ones, score a group.

Three small pieces of the "try, check, reinforce" loop. `best_of_n` keeps the one attempt a reward
function likes most. `rejection_sample` asks a model for n attempts per problem and keeps the ones a
verifier accepts: the training data for the next round. `group_advantages` is GRPO's learning signal:
each attempt's reward compared with the rest of its group.

The model, the reward function and the verifier are functions passed in as arguments, so the same
code works with a toy model here and a real one elsewhere.

Chapter: "Post-training II", sections "RL with a verifier: try, check, reinforce" and "GRPO:
group-relative advantages". Only numpy and the standard library may be imported.
"""

from collections.abc import Callable

import numpy as np


def best_of_n(candidates: list[str], reward: Callable[[str], float]) -> str:
    """Return the candidate with the highest reward.

    candidates: the n >= 1 attempts, as strings. An empty list raises ValueError.
    reward: a function text -> float (a reward model, or a verifier giving 0.0 or 1.0). Call it
        exactly once per candidate, in list order: in real life every call runs a model.
    Ties: when several candidates share the highest reward, the first of them (lowest index) wins.

    >>> def length(text): return float(len(text))
    >>> best_of_n(["56", "fifty-six", "5 6"], length)
    'fifty-six'
    >>> best_of_n(["54", "56", "58"], lambda text: 0.0)  # all tie: the first
    '54'
    """
    raise NotImplementedError("best_of_n: write it, then run `llm-course grade best_of_n`")


def rejection_sample(problems: list[str], sample: Callable[[str, int], str],
                     verify: Callable[[str, str], bool], n: int) -> list[tuple[str, str]]:
    """Sample n attempts per problem and keep the (problem, answer) pairs that the verifier accepts.

    problems: the prompts, in order (possibly empty; repeats are treated as separate problems).
    sample: the model, a function (problem, attempt) -> answer. Call it with attempt = 0, 1, ..., n-1
        for each problem (a real model would sample with temperature; here the attempt number stands
        in for the randomness, so the result is deterministic and needs no rng).
    verify: a function (problem, answer) -> bool, called once on each answer right after it is sampled.
    n: attempts per problem, >= 0; a negative n raises ValueError.
    Returns a list of (problem, answer) tuples: every accepted attempt, duplicates included, in the
    order they were sampled (problem by problem, attempt by attempt). A problem the model never solves
    contributes nothing.

    >>> def guesser(problem, attempt): return str(50 + 2 * attempt)      # "50", "52", "54", "56"
    >>> key = {"7*8": "56", "6*9": "54", "2+2": "4"}
    >>> def checker(problem, answer): return answer == key[problem]
    >>> rejection_sample(["7*8", "6*9", "2+2"], guesser, checker, n=4)
    [('7*8', '56'), ('6*9', '54')]
    """
    raise NotImplementedError("rejection_sample: write it, then run `llm-course grade best_of_n`")


def group_advantages(rewards: np.ndarray) -> np.ndarray:
    """GRPO's advantages for one group of G responses to the same prompt: (r - mean) / (std + 1e-8).

    rewards: a 1-D float array of length G >= 1 (it is not modified); an empty array raises ValueError.
    mean and std are over the group; std is the population standard deviation (ddof=0, np.std's
    default). When all rewards are equal (including G == 1) return exactly zeros: a group with no
    contrast teaches nothing.
    Returns a new float64 array of shape (G,). Its mean is 0, and its std is about 1 unless all rewards
    are equal; a higher reward always gets a higher advantage.

    >>> group_advantages(np.array([1.0, 0.0, 0.0, 0.0])).round(3)
    array([ 1.732, -0.577, -0.577, -0.577])
    >>> group_advantages(np.array([0.3, 0.3]))
    array([0., 0.])
    """
    raise NotImplementedError("group_advantages: write it, then run `llm-course grade best_of_n`")
