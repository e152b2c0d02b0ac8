"""Counts of a questionnaire's structure, for validation reports and outlines."""

from __future__ import annotations

from typing import Any

from mgi_desktop.questionnaire.framework import Framework


def structure_counts(framework: Framework) -> dict[str, Any]:
    model = framework.model
    per_domain = {
        d.code: {
            "number": d.number,
            "sub_areas": len(d.sub_areas),
            "indicators": sum(len(s.indicators) for s in d.sub_areas),
            "questions": sum(len(i.questions) for s in d.sub_areas for i in s.indicators),
        }
        for d in model.domains
    }
    return {
        "domains": len(model.domains),
        "sub_areas": sum(v["sub_areas"] for v in per_domain.values()),
        "indicators": sum(v["indicators"] for v in per_domain.values()),
        "questions": sum(v["questions"] for v in per_domain.values()),
        "sdg_subcategories": len({q.sdg_1072 for q in model.questions() if q.sdg_1072}),
        "per_domain": per_domain,
    }
