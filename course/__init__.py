"""llm-course: the course as data (syllabus, quizzes, progress) and the learner-facing CLI."""
