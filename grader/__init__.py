"""The grading engine: runs hidden suites against a learner's files in isolated workers, scores them,
and reports like a teacher. `grader.suites` holds one hidden suite per exercise."""
