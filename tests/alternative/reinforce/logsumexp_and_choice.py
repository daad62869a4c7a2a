"""A correct variant: log-softmax through a logsumexp, the one-hot vector from np.eye, rng.choice for
the inverse-CDF draw (it calls rng.random() once, like the spec), and the baseline as an incremental mean."""

import numpy as np


def policy(logits):
    z = np.asarray(logits, dtype=np.float64)
    top = np.max(z)
    return np.exp(z - (top + np.log(np.sum(np.exp(z - top)))))


def reinforce_update(logits, action, reward, baseline, lr):
    z = np.array(logits, dtype=np.float64)
    onehot = np.eye(len(z))[action]
    return z + lr * (reward - baseline) * (onehot - policy(z))


def train_bandit(arm_rewards, steps, lr, rng):
    logits = np.zeros(len(arm_rewards))
    baseline = 0.0
    for t in range(steps):
        action = int(rng.choice(len(logits), p=policy(logits)))
        reward = float(arm_rewards[action])
        logits = reinforce_update(logits, action, reward, baseline, lr)
        baseline += (reward - baseline) / (t + 1)
    return logits
