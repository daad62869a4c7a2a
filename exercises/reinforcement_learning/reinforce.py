"""REINFORCE, the simplest policy gradient, on a K-armed bandit.

A bandit is RL with the smallest possible "response": the policy picks one of K arms (think: one of
K canned answers to one prompt) and gets that arm's reward, as a verifier would score an answer. The
policy is softmax(logits). The gradient of log p(a) with respect to the logits is onehot(a) - p, so
REINFORCE moves the logits by lr * (reward - baseline) * (onehot(a) - p): a better-than-expected
answer becomes more likely, a worse one less likely. reward - baseline is the advantage; GRPO gets
its baseline from a group of attempts, here it is the running mean of the rewards seen so far.

Chapter: "Post-training II", sections "RL with a verifier: try, check, reinforce" and "GRPO:
group-relative advantages". Only numpy and the standard library may be imported.
"""

import numpy as np


def policy(logits: np.ndarray) -> np.ndarray:
    """The policy's probabilities: softmax of the logits.

    logits: 1-D float array of length K >= 1, any finite values (it is not modified).
    Returns a new float64 array of shape (K,), entries in [0, 1] summing to 1. Must not overflow for
    logits like 1000: subtract the maximum before np.exp (this does not change the result).

    >>> policy(np.array([0.0, 0.0, 0.0, 0.0]))
    array([0.25, 0.25, 0.25, 0.25])
    >>> policy(np.array([1.0, 2.0, 3.0])).round(4)
    array([0.09  , 0.2447, 0.6652])
    """
    raise NotImplementedError("policy: write it, then run `llm-course grade reinforce`")


def reinforce_update(logits: np.ndarray, action: int, reward: float, baseline: float,
                     lr: float) -> np.ndarray:
    """One REINFORCE step: logits + lr * (reward - baseline) * (onehot(action) - policy(logits)).

    logits: 1-D float array of length K (it is not modified). action: the arm taken, in range(K).
    reward: what that arm paid. baseline: what was expected; the advantage is reward - baseline.
    lr: the learning rate, > 0.
    Returns the new logits, a new float64 array of shape (K,). When reward > baseline the chosen
    action's probability goes up; when reward < baseline it goes down; when equal nothing changes.

    >>> reinforce_update(np.zeros(4), action=0, reward=1.0, baseline=0.0, lr=1.0)
    array([ 0.75, -0.25, -0.25, -0.25])
    >>> reinforce_update(np.zeros(2), action=1, reward=0.0, baseline=0.5, lr=2.0)
    array([ 0.5, -0.5])
    """
    raise NotImplementedError("reinforce_update: write it, then run `llm-course grade reinforce`")


def train_bandit(arm_rewards: np.ndarray, steps: int, lr: float, rng: np.random.Generator) -> np.ndarray:
    """Train a softmax policy on a K-armed bandit with REINFORCE and return its final logits.

    arm_rewards: 1-D float array of length K >= 1; arm i always pays arm_rewards[i].
    steps: the number of updates, >= 0. lr: the learning rate, > 0.
    rng: a numpy Generator, the only source of randomness.

    Start from logits = zeros(K). Then, at each step t = 0, 1, ..., steps-1:
      1. p = policy(logits); draw u = rng.random() exactly once and take the action a = the smallest
         i with u < p[0] + ... + p[i] (the inverse CDF, as in Chapter 8's `sample`; if rounding leaves
         u above the last cumulative sum, take K - 1);
      2. reward = arm_rewards[a];
      3. baseline = the mean of the rewards received at steps 0..t-1 (0.0 at step 0): what the policy
         has been earning so far, not counting this step;
      4. logits = reinforce_update(logits, a, reward, baseline, lr).
    Returns the final logits, a float64 array of shape (K,); steps == 0 gives zeros(K). The same seed
    gives the same result.

    >>> logits = train_bandit(np.array([0.0, 1.0, 0.2]), steps=300, lr=0.5, rng=np.random.default_rng(0))
    >>> policy(logits).round(3)
    array([0.002, 0.995, 0.003])
    """
    raise NotImplementedError("train_bandit: write it, then run `llm-course grade reinforce`")
