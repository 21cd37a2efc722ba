"""Relative dates in a claim made absolute from the article's date.

A news story dates its events against its own day: "voted on Tuesday night", "a petition last
month", "the fiscal year that begins next July". Out of the article, a claim saying "on Tuesday"
cannot be checked, so each such expression is rewritten with the date it stands for, in the form
"15 October 2024": "on Tuesday" -> "on 15 October 2024", "on Tuesday night" -> "on the night of
15 October 2024", "last month" -> "in September 2024", "next July" -> "in July 2025", "last week" ->
"in the week of 7 October 2024", "this year" -> "in 2025", "yesterday" -> "on 8 December 2017".
A day and month without a year get the year that puts them nearest the article's day, within six
months: "on November 23rd" in a story of 9 December 2017 -> "on 23 November 2017", "on 5 January" ->
"on 5 January 2018".
A possessive date becomes the date before its noun: "yesterday's New York Times" -> "the 8 December
2017 New York Times", "Friday's storm" -> "the 11 October 2024 storm", "last year's figures" -> "the
2023 figures" (not "last week's" or "tonight's": no short form says them).

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
_POSSESSIVE = r"(?!['’]s\b)"  # "Friday's storm", "last year's figures": rewritten by _POSSESSIVE_EXPRESSION
_EXPRESSION = re.compile(
    rf"\b(?P<prep>(?i:on|since|until|by|from))\s+(?P<weekday>{_WEEKDAY}){_PART}\b{_POSSESSIVE}"
    rf"(?!,?\s+(?:\d{{1,2}}(?:st|nd|rd|th)?\s+(?:{_MONTH})|(?:{_MONTH})\s+\d))"  # "on Friday, 8 December" says its date
    rf"|\b(?P<rel>(?i:last|next|this))\s+(?P<unit>(?i:week|month|year)|{_MONTH})\b{_POSSESSIVE}"
    rf"|\b(?P<day>(?i:yesterday|today|tonight))\b{_POSSESSIVE}(?!,?\s+(?:{_MONTH}|\d))",
)
# "yesterday's Times", "Friday's storm", "last year's figures"; not after "the" or "a" (a name, "the Friday's Club")
_POSSESSIVE_EXPRESSION = re.compile(
    rf"(?<!\bthe )(?<!\bThe )(?<!\ba )(?<!\bA )"
    rf"\b(?:(?P<day>(?i:yesterday|today))|(?P<weekday>{_WEEKDAY})|(?P<rel>(?i:last|next|this))\s+(?P<unit>(?i:month|year)|{_MONTH}))"
    rf"['’]s\s+(?=\w)"
)
# "November 23rd", "23 November", not followed by a year ("November 23, 2017") or another day ("4 and 7 December"
# keeps its first day: "November 23rd and 24th" is left as it is)
_NO_YEAR = r"(?!,?\s+\d{4}\b)(?!\s*(?:and|to|-|–)\s*\d)"
_DAY_MONTH = re.compile(
    rf"\b(?P<d1>\d{{1,2}})(?:st|nd|rd|th)?\s+(?P<m1>{_MONTH})\b{_NO_YEAR}"
    rf"|\b(?P<m2>{_MONTH})\s+(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\b{_NO_YEAR}"
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

    def future(m: re.Match[str], after: bool = False) -> bool:  # "will meet on Tuesday", "Friday's game will ..."
        return bool(_FUTURE.search(claim[max(0, m.start() - 40) : m.end() + (40 if after else 0)]))

    def replace(m: re.Match[str]) -> str:
        if m["weekday"]:
            day = _weekday(today, m["weekday"], future(m))
            if m["part"]:
                return f"{m['prep']} the {m['part']} of {spell(day)}"
            return f"{m['prep']} {spell(day)}"
        if m["day"]:
            day = _named_day(today, m["day"])
            return f"on {spell(day)}" if m["day"].lower() != "tonight" else f"on the night of {spell(day)}"
        unit, when = _relative(today, m["rel"], m["unit"])
        return f"in the week of {when}" if unit == "week" else f"in {when}"

    def replace_possessive(m: re.Match[str]) -> str:
        if m["weekday"]:
            return f"the {spell(_weekday(today, m['weekday'], future(m, after=True)))} "
        if m["day"]:
            return f"the {spell(_named_day(today, m['day']))} "
        return f"the {_relative(today, m['rel'], m['unit'])[1]} "

    def add_year(m: re.Match[str]) -> str:
        month, day = MONTHS.index(m["m1"] or m["m2"]) + 1, int(m["d1"] or m["d2"])
        candidates = []
        for year in (today.year - 1, today.year, today.year + 1):
            try:
                candidates.append(date(year, month, day))
            except ValueError:  # "30 February", "29 February" in a common year
                continue
        nearest = min(candidates, key=lambda d: abs((d - today).days), default=None)
        return spell(nearest) if nearest and abs((nearest - today).days) <= 183 else m[0]  # else: which year is a guess

    text = _POSSESSIVE_EXPRESSION.sub(replace_possessive, claim)
    text = _DAY_MONTH.sub(add_year, text)
    text = _EXPRESSION.sub(replace, text)
    # "reported on 9 December 2017 that" reads well; a sentence that began "Today ..." keeps its capital
    return text[0].upper() + text[1:] if text and claim[:1].isupper() else text


def _named_day(today: date, word: str) -> date:
    """The day "yesterday", "today" or "tonight" is."""
    return today - timedelta(days=1) if word.lower() == "yesterday" else today


def _weekday(today: date, name: str, future: bool) -> date:
    """The latest ``name`` day on or before ``today``, or the next one after it when the words speak of the future."""
    back = (today.weekday() - WEEKDAYS.index(name.capitalize())) % 7
    return today + timedelta(days=(7 - back) % 7 or 7) if future and back else today - timedelta(days=back)


def _relative(today: date, rel: str, unit: str) -> tuple[str, str]:
    """("year" | "month" | "week", how the period is written) for "last" / "this" / "next" and a unit or month."""
    step = {"last": -1, "this": 0, "next": 1}[rel.lower()]
    lowered = unit.lower()
    if lowered == "year":
        return "year", str(today.year + step)
    if lowered == "month":
        month = today.month - 1 + step
        return "month", f"{MONTHS[month % 12]} {today.year + month // 12}"
    if lowered == "week":
        return "week", spell(today - timedelta(days=today.weekday()) + timedelta(weeks=step))
    month = MONTHS.index(unit.capitalize()) + 1  # "next July", "last March"
    # "next December" said in October is this December; "last March" said in October is this March
    ahead = (step == 1 and month > today.month) or (step == -1 and month < today.month)
    return "month", f"{unit.capitalize()} {today.year if ahead else today.year + step}"
