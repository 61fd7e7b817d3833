"""The starting evidence file written by `ctip assess new COUNTRY YEAR`."""

from __future__ import annotations

TEMPLATE = """\
# ctip evidence file: {country}, TIP report year {year}.
# One item per sourced fact. Check with:  ctip assess check {stem}.yaml
# Rate with:                             ctip assess run {stem}.yaml -o {stem}.result.json --html {stem}.html
# Field reference: docs/assessment.md. Grades (Admiralty): source A-F, information 1-6.
ctip_assess: 1
country: {country_q}
year: {year}
period: {{start: "{prev}-04-01", end: "{year}-03-31"}}   # the TIP reporting period
illustrative: false
prepared_by: ""

# Waiver from the automatic downgrade after two Watch List years (an explicit input).
waiver: {{granted: false, evidence: []}}

evidence: []
# - id: E1
#   claim: "42 traffickers convicted"
#   value: 42
#   unit: convictions
#   direction: supports          # supports = shows the finding met; undermines = shows it not met
#   bears_on: [C1, 3P.prosecution.enforcement]
#   reliability: B2              # or {{source: B, information: 2}}
#   source: {{title: "...", url: "https://...", date: "{year}-01-31"}}   # or document: + page:

claims: []
# - id: K1
#   text: "The government says ..."
#   by: "Ministry spokesperson"
#   source: {{title: "...", url: "https://...", date: "{year}-02-01"}}
#   supported_by: [E1]
#   contradicted_by: []

# legislation:
#   law: "Law on ... (year)"
#   act: {{covered: [recruitment, transportation, transfer, harbouring, receipt], article: "Art. ..."}}
#   means: {{covered: [threat, force, coercion, abduction, fraud, deception, abuse_of_power,
#                     abuse_of_vulnerability, payments]}}
#   purpose: {{covered: [sexual_exploitation, forced_labour, slavery, servitude, organ_removal]}}
#   children_without_means: {{status: yes}}
#   consent_irrelevant: {{status: unclear}}
#   sex_trafficking_on_par_with_rape: {{status: yes}}
#   max_penalty_years: 15
"""


def new_evidence_file(country: str, year: int) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in country.lower()).strip("-") + f"-{year}"
    country_q = '"' + country.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return TEMPLATE.format(country=country, country_q=country_q, year=year, prev=year - 1, stem=stem)
