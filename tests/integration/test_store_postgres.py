"""The store's backend-neutral tests again, against a real PostgreSQL server (WORKBENCH_DATABASE_URL).

The test functions are those of tests/unit/test_store.py and tests/unit/test_store_migrations.py;
only ``store_url`` changes: each test gets a new, empty database on the server that
tests/integration/conftest.py starts.
"""

from __future__ import annotations

import pytest

from tests.unit.test_store import (  # noqa: F401  (pytest collects the imported fixtures and tests)
    article,
    store,
    test_a_claim_produced_again_becomes_active_again,
    test_a_claim_round_trips_with_span_flags_and_provenance,
    test_a_document_round_trips,
    test_a_review_gets_an_id_and_a_utc_time_with_microseconds,
    test_a_second_label_by_the_same_reviewer_keeps_the_first_in_history,
    test_claims_can_be_filtered_by_derived_status,
    test_claims_come_most_check_worthy_first_then_in_article_order,
    test_claims_of_an_unknown_article_are_refused,
    test_concurrent_upserts_of_one_document_keep_one_copy,
    test_concurrent_writers_lose_nothing,
    test_counts_say_how_much_is_stored,
    test_evidence_round_trips_in_rank_order_and_is_replaced,
    test_failures_and_llm_calls_are_kept_per_run,
    test_re_saving_claims_keeps_reviews_and_deactivates_missing_claims,
    test_reviewing_an_unknown_claim_raises_a_store_error,
    test_runs_record_their_params_status_and_counts,
    test_statuses_cover_every_claim_of_the_article,
    test_the_latest_suggestion_is_the_current_one,
    test_two_reviewers_who_differ_make_a_disagreement,
    test_undo_twice_cancels_the_two_latest_labels_one_by_one,
    test_undos_that_race_cancel_distinct_labels,
    test_upserting_a_document_again_updates_it_without_a_copy,
)
from tests.unit.test_store_migrations import (  # noqa: F401
    test_a_database_from_a_newer_workbench_is_refused,
    test_a_database_from_before_the_verifier_columns_is_upgraded_through_both_revisions,
    test_a_database_made_just_before_migrations_is_only_stamped,
    test_a_database_with_only_some_of_the_tables_is_refused,
    test_a_failed_migration_rolls_back_every_step_and_names_the_revision,
    test_a_new_database_is_made_by_the_migrations_and_matches_the_table_classes,
    test_an_old_database_is_upgraded_in_place_and_keeps_every_review,
    test_every_revision_can_be_undone,
    test_opening_an_upgraded_database_again_changes_nothing,
    test_two_processes_opening_an_old_database_at_once_migrate_it_once,
)
from workbench.store import Store

pytestmark = [pytest.mark.server]


@pytest.fixture
def store_url(pg_database) -> str:
    return pg_database


def test_two_stores_on_one_database_share_the_tables(store_url):
    with Store(store_url) as first, Store(store_url) as second:
        run_id = first.start_run("check")
        assert [r.id for r in second.runs()] == [run_id]
