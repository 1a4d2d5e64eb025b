"""Building findings: one place that fills in category and keeps messages quoting their claim."""

from __future__ import annotations

from plugin.domain import Finding, Verdict

BLOCK = Verdict.BLOCK
WARN = Verdict.WARN


def finding(
    rule: str,
    severity: Verdict,
    start: int,
    end: int,
    claim: str,
    message: str,
    suggestion: str,
    fact: str = "",
) -> Finding:
    """A finding whose message starts with the claim in quotes (``feedback_for`` reads it)."""
    return Finding(
        rule=rule,
        category=rule.split(".", 1)[0],
        severity=severity,
        start=start,
        end=end,
        message=f'"{claim}" {message}',
        suggestion=suggestion,
        fact=fact,
    )
