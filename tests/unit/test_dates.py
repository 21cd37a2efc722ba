from datetime import date

from workbench.dates import absolute_dates, article_day

THURSDAY = date(2024, 10, 17)


def test_weekdays_are_the_latest_on_or_before_the_article_day_unless_the_verb_is_future():
    assert absolute_dates("The council voted 7 to 4 on Tuesday night.", THURSDAY) == (
        "The council voted 7 to 4 on the night of 15 October 2024."
    )
    assert absolute_dates("The group said on Wednesday that it would sue.", THURSDAY) == (
        "The group said on 16 October 2024 that it would sue."
    )
    assert absolute_dates("The board met on Thursday.", THURSDAY) == "The board met on 17 October 2024."
    assert absolute_dates("The council will meet on Tuesday.", THURSDAY) == "The council will meet on 22 October 2024."


def test_months_weeks_years_and_days_relative_to_the_article():
    assert (
        absolute_dates("It handed in a petition last month.", THURSDAY) == "It handed in a petition in September 2024."
    )
    assert absolute_dates("Last month, sales fell.", THURSDAY) == "In September 2024, sales fell."
    assert (
        absolute_dates("The fiscal year that begins next July.", THURSDAY)
        == "The fiscal year that begins in July 2025."
    )
    assert absolute_dates("Prices rose last November.", THURSDAY) == "Prices rose in November 2023."
    assert (
        absolute_dates("She wrote to them last week.", THURSDAY) == "She wrote to them in the week of 7 October 2024."
    )
    assert absolute_dates("Fares rose this year.", THURSDAY) == "Fares rose in 2024."
    assert absolute_dates("The plant shut yesterday.", THURSDAY) == "The plant shut on 16 October 2024."
    assert absolute_dates("january in January 2024", date(2024, 1, 1)) == "january in January 2024"  # nothing relative


def test_what_is_not_a_relative_date_stays():
    assert absolute_dates("This may happen.", THURSDAY) == "This may happen."  # "may" is no month here
    assert absolute_dates("Up on last week's figures.", THURSDAY) == "Up on last week's figures."  # no short form
    assert absolute_dates("The Friday's Club met.", THURSDAY) == "The Friday's Club met."  # a name
    assert absolute_dates("The council voted on Tuesday.", None) == "The council voted on Tuesday."


def test_a_possessive_date_becomes_the_date_before_its_noun():
    assert absolute_dates("A report in yesterday's Times.", THURSDAY) == "A report in the 16 October 2024 Times."
    assert absolute_dates("Homes hit by Friday's storm.", THURSDAY) == "Homes hit by the 11 October 2024 storm."
    assert absolute_dates("Up on last year's figures.", THURSDAY) == "Up on the 2023 figures."
    assert absolute_dates("Last month's vote failed.", THURSDAY) == "The September 2024 vote failed."
    assert absolute_dates("Today's meeting was short.", THURSDAY) == "The 17 October 2024 meeting was short."
    assert absolute_dates("Saturday's match will be played.", THURSDAY) == "The 19 October 2024 match will be played."
    assert absolute_dates("She cited last year's figures on Tuesday.", THURSDAY) == (
        "She cited the 2023 figures on 15 October 2024."
    )


def test_a_day_without_a_year_gets_the_year_nearest_the_article():
    december = date(2017, 12, 9)
    assert absolute_dates("It said that on November 23rd, jets met.", december) == (
        "It said that on 23 November 2017, jets met."
    )
    assert absolute_dates("The talks will resume on 5 January.", december) == "The talks will resume on 5 January 2018."
    assert absolute_dates("Strikes between 4 and 7 December.", december) == "Strikes between 4 and 7 December 2017."
    assert absolute_dates("On Friday, 8 December, it said so.", december) == "On Friday, 8 December 2017, it said so."
    for dated in ("On November 23, 2017, jets met.", "Jets met on 23 November 2017.", "In May 2017 jets met."):
        assert absolute_dates(dated, december) == dated
    assert absolute_dates("On November 23rd and 24th jets met.", december) == "On November 23rd and 24th jets met."
    assert (
        absolute_dates("On 29 February it rained.", december) == "On 29 February it rained."
    )  # the nearest is 2016: too far to guess


def test_an_article_that_names_its_own_day_is_dated_by_it():
    text = "According to the MOD today, December 9th, the general was quoted."
    assert article_day("2017-12-10", text) == date(2017, 12, 9)
    assert absolute_dates("The MOD has reported today that jets clashed.", article_day("2017-12-10", text)) == (
        "The MOD has reported on 9 December 2017 that jets clashed."
    )
    assert absolute_dates(text, date(2017, 12, 9)) == (  # "today, December 9th" says its date: only the year added
        "According to the MOD today, 9 December 2017, the general was quoted."
    )
    assert article_day("2017-12-10") == date(2017, 12, 10)
    assert article_day("2017-12") is None and article_day(None) is None
