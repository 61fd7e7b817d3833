"""Detection: indicators, salary reasoning, the risk model and scoring."""
