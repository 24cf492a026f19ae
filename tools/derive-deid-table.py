#!/usr/bin/env python3
"""Derives resources/deid/annex-e.tsv, Consilium's own copy of DICOM PS3.15 Table E.1-1.

Sources (see ../shared/deid-tables/SOURCES.md):
  - innolitics/confidentiality_profile_attributes.json: Table E.1-1, edition 2024b (primary);
  - flywheel-deidentification/dicom_part15_table_E1-1.csv: edition 2025c, used only for the
    attributes added after 2024b (its authors say it was machine-generated and not verified
    line by line; on the 621 common rows it agrees with 2024b, which tests/deid re-checks);
  - innolitics/attributes.json: PS3.6 keywords and VRs (for the VR of D replacement values).

The "(gggg,eeee) where gggg is odd" row (private attributes) is not a tag and is handled by the
engine's private-attribute rule, so it is left out.

Usage: tools/derive-deid-table.py [SHARED_DEID_TABLES_DIR] > resources/deid/annex-e.tsv
"""
import csv
import json
import sys
from pathlib import Path

OPTIONS = [  # (column in our table, innolitics key, flywheel column)
    ("retainSafePrivate", "rtnSafePrivOpt", "Rtn. Safe Priv. Opt."),
    ("retainUids", "rtnUIDsOpt", "Rtn. UIDs Opt."),
    ("retainDeviceIdentity", "rtnDevIdOpt", "Rtn. Dev. Id. Opt."),
    ("retainInstitutionIdentity", "rtnInstIdOpt", "Rtn. Inst. Id. Opt."),
    ("retainPatientCharacteristics", "rtnPatCharsOpt", "Rtn. Pat. Chars. Opt."),
    ("retainLongitudinalFullDates", "rtnLongFullDatesOpt", "Rtn. Long. Full Dates Opt."),
    ("retainLongitudinalModifiedDates", "rtnLongModifDatesOpt", "Rtn. Long. Modif. Dates Opt."),
    ("cleanDescriptors", "cleanDescOpt", "Clean Desc. Opt."),
    ("cleanStructuredContent", "cleanStructContOpt", "Clean Struct. Cont. Opt."),
    ("cleanGraphics", "cleanGraphOpt", "Clean Graph. Opt."),
]


def normalise_tag(tag):
    return tag.strip().upper().replace("X", "x")


def main():
    root = Path(sys.argv[1] if len(sys.argv) > 1 else Path(__file__).resolve().parents[2] / "shared" / "deid-tables")
    primary = json.loads((root / "innolitics/confidentiality_profile_attributes.json").read_text())
    dictionary = {a["tag"].upper(): a for a in json.loads((root / "innolitics/attributes.json").read_text())}
    newer = list(csv.DictReader((root / "flywheel-deidentification/dicom_part15_table_E1-1.csv").open()))

    rows = {}
    for r in primary:
        if "gggg" in r["tag"].lower():
            continue
        tag = normalise_tag(r["tag"])
        rows[tag] = dict(tag=tag, name=r["name"], basic=r["basicProfile"], edition="2024b",
                         **{ours: r.get(key, "") for ours, key, _ in OPTIONS})
    for r in newer:
        tag = normalise_tag(r["Tag"])
        if tag in rows or not tag.startswith("(") or "gggg" in r["Tag"].lower():
            continue
        rows[tag] = dict(tag=tag, name=r["Attribute Name"], basic=r["Basic Prof."], edition="2025c",
                         **{ours: r[column] for ours, _, column in OPTIONS})

    out = csv.writer(sys.stdout, delimiter="\t", lineterminator="\n")
    out.writerow(["tag", "keyword", "vr", "basic"] + [o[0] for o in OPTIONS] + ["edition", "name"])
    for tag in sorted(rows, key=lambda t: t.replace("x", "0")):
        r = rows[tag]
        entry = dictionary.get(tag.replace("x", "X"), {})
        out.writerow([tag, entry.get("keyword", ""), entry.get("valueRepresentation", "")[:2], r["basic"]]
                     + [r[o[0]] for o in OPTIONS] + [r["edition"], " ".join(r["name"].split())])


if __name__ == "__main__":
    main()
