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

# Waiver from the automatic downgrade after two Watch List years (an explicit input). It rests on three
# findings, each with evidence ids: written_plan, plan_significant_efforts, resources_committed.
waiver: {{granted: false, evidence: []}}

# Criteria that do not apply this year (not core criteria), e.g. no extradition was requested:
# not_applicable: [{{id: C5, reason: "No extradition requests were received"}}]

evidence: []
# - id: E1
#   claim: "42 traffickers convicted"
#   value: 42
#   unit: convictions
#   direction: supports          # supports = shows the finding met; undermines = shows it not met
#   bears_on: [C1, 3P.prosecution.enforcement]
#   reliability: B2              # or {{source: B, information: 2}}
#   source: {{title: "...", url: "https://...", date: "{year}-01-31"}}   # or document: + page:
#   kind: action                 # action (done in the period) or commitment (a promise: shown, never counted)
#   date: "{prev}-11"            # when it happened, if not the source date (checked against the period)
#   repeats: []                  # ids of items this one repeats (counted once with them)

# data:                          # figures as supplied; they derive C1 and C11 evidence
#   enforcement: [{{year: {prev}, investigations: 0, prosecutions: 0, convictions: 0, evidence: [E1]}}]
#   victims: [{{year: {prev}, victims_identified: 0, by: {{sex: {{female: 0, male: 0}}}}, evidence: [E1]}}]
#   budget: [{{year: {year}, amount: 0, currency: USD, purpose: "...", evidence: [E1]}}]

claims: []
# - id: K1
#   text: "The government says ..."
#   by: "Ministry spokesperson"
#   source: {{title: "...", url: "https://...", date: "{year}-02-01"}}
#   supported_by: [E1]
#   contradicted_by: []
#   criterion: C1                # the finding it is about (linked evidence is checked for relevance)
#   reply: {{text: "...", by: "...", date: "{year}-03-01"}}   # right of reply
#   recommendation: {{year: {prev}, status: partly}}         # last year's recommendation: done / partly / not

# legislation:
#   law: "Law on ... (year)"
#   act: {{covered: [recruitment, transportation, transfer, harbouring, receipt], article: "Art. ..."}}
#   means: {{covered: [threat, force, coercion, abduction, fraud, deception, abuse_of_power,
#                     abuse_of_vulnerability, payments]}}
#   purpose: {{covered: [sexual_exploitation, forced_labour, slavery, servitude, organ_removal]}}
#   children_without_means: {{status: yes}}
#   consent_irrelevant: {{status: unclear}}
#   sex_trafficking_on_par_with_rape: {{status: yes}}
#   child_under_18: {{status: yes}}
#   no_transnationality_required: {{status: yes}}
#   no_organised_group_required: {{status: yes}}
#   attempt_and_complicity: {{status: yes}}
#   legal_persons_liable: {{status: unclear}}
#   non_punishment_of_victims: {{status: unclear}}
#   victim_protection_and_assistance: {{status: yes}}
#   fines_only_alternative: {{status: no}}      # "yes" (a fine instead of prison) is a gap
#   max_penalty_years: 15
#   min_penalty_years: 5
"""


def new_evidence_file(country: str, year: int) -> str:
    stem = "".join(c if c.isalnum() else "-" for c in country.lower()).strip("-") + f"-{year}"
    country_q = '"' + country.replace("\\", "\\\\").replace('"', '\\"') + '"'
    return TEMPLATE.format(country=country, country_q=country_q, year=year, prev=year - 1, stem=stem)
