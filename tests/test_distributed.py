"""The Dask backend on a LocalCluster with two workers: the same results as a local run."""

from __future__ import annotations

from pathlib import Path

import pytest

from conftest import CLAIMS, FIXTURES, SEEDS
from provenance.check import Options, run, survey

pytest.importorskip("dask.distributed")


@pytest.mark.parametrize("claims, sources", [(CLAIMS, SEEDS), (FIXTURES / "lineage_claims.yaml", FIXTURES / "lineage")])
def test_sharded_run_equals_local_run(claims: Path, sources: Path, tmp_path: Path) -> None:
    local = run(claims, sources)
    sharded = run(claims, sources, options=Options(scheduler="local:2"))
    cached = run(claims, sources, options=Options(cache_dir=tmp_path, scheduler="local:2"))
    assert sharded.results == local.results == cached.results
    assert [s.id for s in sharded.sources] == [s.id for s in local.sources]


def test_sharded_survey_finds_the_same_families() -> None:
    assert survey(FIXTURES / "lineage", Options(scheduler="local:2"))[1] == survey(FIXTURES / "lineage")[1]


def test_unreachable_scheduler_is_a_clear_error() -> None:
    from provenance.errors import ProvenanceError

    with pytest.raises(ProvenanceError, match="cannot reach the Dask scheduler"):
        run(CLAIMS, SEEDS, options=Options(scheduler="tcp://127.0.0.1:9"))


def test_bad_local_worker_count() -> None:
    from provenance.errors import ProvenanceError

    with pytest.raises(ProvenanceError, match="local:N"):
        run(CLAIMS, SEEDS, options=Options(scheduler="local:many"))
