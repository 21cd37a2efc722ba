"""Relative dates in a claim made absolute from the article's date.

A news story dates its events against its own day: "voted on Tuesday night", "a petition last
month", "the fiscal year that begins next July". Out of the article, a claim saying "on Tuesday"
cannot be checked, so each such expression is rewritten with the date it stands for, in the form
"15 October 2024": "on Tuesday" -> "on 15 October 2024", "on Tuesday night" -> "on the night of
15 October 2024", "last month" -> "in September 2024", "next July" -> "in July 2025", "last week" ->
"in the week of 7 October 2024", "this year" -> "in 2025", "yesterday" -> "on 8 December 2017".

A weekday is the latest one on or before the article's day (news reports the past week by weekday),
or the next one after it when the words just before it speak of the future ("will meet on Tuesday"). "Today" is
the article's day, unless the article names its day itself ("today, December 9th"): a story is often
dated the day after it was written, and its own words come first. Nothing changes without a date.
"""

from __future__ import annotations

import calendar
import functools
import re
from datetime import date, timedelta

MONTHS = tuple(calendar.month_name)[1:]
WEEKDAYS = tuple(calendar.day_name)
_MONTH = "|".join(MONTHS)
_WEEKDAY = "|".join(WEEKDAYS)
_PART = r"(?:\s+(?P<part>morning|afternoon|evening|night))?"
_POSSESSIVE = r"(?!['’]s\b)"  # "Friday's storm", "last year's figures": a phrase the rewrite would break
_EXPRESSION = re.compile(
    rf"\b(?P<prep>(?i:on|since|until|by|from))\s+(?P<weekday>{_WEEKDAY}){_PART}\b{_POSSESSIVE}"
    rf"|\b(?P<rel>(?i:last|next|this))\s+(?P<unit>(?i:week|month|year)|{_MONTH})\b{_POSSESSIVE}"
    rf"|\b(?P<day>(?i:yesterday|today|tonight))\b{_POSSESSIVE}(?!,?\s+(?:{_MONTH}|\d))",
)
_FUTURE = re.compile(
    r"\b(?:will|would|shall|is due|are due|is to|are to|is expected|are expected|plans? to|intends? to|"
    r"scheduled|next)\b",
    re.IGNORECASE,
)
# "today, December 9th", "today, 9 December": the article's own word for its day
_TODAY_IS = re.compile(
    rf"\btoday,?\s+(?:(?P<m1>{_MONTH})\s+(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?|(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m2>{_MONTH}))\b",
    re.IGNORECASE,
)


@functools.lru_cache(maxsize=4)  # asked once a sentence with the same article
def article_day(article_date: str | None, text: str = "") -> date | None:
    """The day the article's "today" is: the day its text names ("today, December 9th") in the year of
    its date, else its date (``YYYY-MM-DD``); None without a full date."""
    try:
        day = date.fromisoformat((article_date or "")[:10])
    except ValueError:
        return None
    m = _TODAY_IS.search(text)
    if m:
        month = MONTHS.index((m["m1"] or m["m2"]).capitalize()) + 1
        try:
            named = date(day.year, month, int(m["d1"] or m["d2"]))
        except ValueError:
            return day
        if abs((named - day).days) <= 7:
            return named
    return day


def spell(day: date) -> str:
    return f"{day.day} {MONTHS[day.month - 1]} {day.year}"


def absolute_dates(claim: str, today: date | None) -> str:
    """``claim`` with its relative dates written as dates, counted from ``today`` (``article_day``)."""
    if today is None:
        return claim

    def replace(m: re.Match[str]) -> str:
        if m["weekday"]:
            future = bool(_FUTURE.search(claim[max(0, m.start() - 40) : m.start()]))  # "will meet on Tuesday"
            target = WEEKDAYS.index(m["weekday"].capitalize())
            back = (today.weekday() - target) % 7
            day = today + timedelta(days=(7 - back) % 7 or 7) if future and back else today - timedelta(days=back)
            if m["part"]:
                return f"{m['prep']} the {m['part']} of {spell(day)}"
            return f"{m['prep']} {spell(day)}"
        if m["day"]:
            day = today - timedelta(days=1) if m["day"].lower() == "yesterday" else today
            return f"on {spell(day)}" if m["day"].lower() != "tonight" else f"on the night of {spell(day)}"
        step = {"last": -1, "this": 0, "next": 1}[m["rel"].lower()]
        unit = m["unit"].lower()
        if unit == "year":
            return f"in {today.year + step}"
        if unit == "month":
            month = today.month - 1 + step
            return f"in {MONTHS[month % 12]} {today.year + month // 12}"
        if unit == "week":
            monday = today - timedelta(days=today.weekday()) + timedelta(weeks=step)
            return f"in the week of {spell(monday)}"
        month = MONTHS.index(m["unit"].capitalize()) + 1  # "next July", "last March"
        # "next December" said in October is this December; "last March" said in October is this March
        ahead = (step == 1 and month > today.month) or (step == -1 and month < today.month)
        year = today.year if ahead else today.year + step
        return f"in {m['unit'].capitalize()} {year}"

    text = _EXPRESSION.sub(replace, claim)
    # "reported on 9 December 2017 that" reads well; a sentence that began "Today ..." keeps its capital
    return text[0].upper() + text[1:] if text and claim[:1].isupper() else text
