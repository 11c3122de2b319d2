#!/usr/bin/env python3
# Writes countries.inc: ISO 3166-1 alpha-2 -> numeric code (Debian iso-codes) and ACLED region.
# Run: python3 src/io/make_countries_table.py > src/io/countries.inc
import json
regions = {
"Western Africa":"BJ BF CV CI GM GH GN GW LR ML MR NE NG SN SL TG SH",
"Middle Africa":"AO CM CF TD CG CD GQ GA ST",
"Eastern Africa":"BI KM DJ ER ET KE MG MW MU YT MZ RE RW SC SO SS SD TZ UG ZM ZW IO TF",
"Southern Africa":"BW SZ LS NA ZA",
"Northern Africa":"DZ EG LY MA TN EH",
"Middle East":"BH CY IR IQ IL JO KW LB OM PS QA SA SY TR AE YE",
"Caucasus and Central Asia":"AM AZ GE KZ KG TJ TM UZ",
"South Asia":"AF BD BT IN MV NP PK LK",
"Southeast Asia":"BN KH ID LA MY MM PH SG TH TL VN",
"East Asia":"CN HK MO JP KP KR MN TW",
"Europe":"AL AD AT BY BE BA BG HR CZ DK EE FO FI FR DE GI GR GG VA HU IS IE IM IT JE XK LV LI LT LU MT MD MC ME NL MK NO PL PT RO RU SM RS SK SI ES SJ SE CH UA GB AX",
"North America":"US CA BM GL PM",
"Central America":"BZ CR SV GT HN MX NI PA",
"Caribbean":"AI AG AW BS BB BQ VG KY CU CW DM DO GD GP HT JM MQ MS PR BL KN LC MF VC SX TT TC VI",
"South America":"AR BO BR CL CO EC FK GF GY PY PE SR UY VE GS",
"Oceania":"AS AU CK FJ PF GU KI MH FM NR NC NZ NU NF MP PW PG PN WS SB TK TO TV UM VU WF CX CC HM",
"Antarctica":"AQ BV",
}
reg = {}
for r, codes in regions.items():
    for c in codes.split():
        assert c not in reg, c
        reg[c] = r
data = json.load(open('/usr/share/iso-codes/json/iso_3166-1.json'))['3166-1']
rows = {d['alpha_2']: int(d['numeric']) for d in data}
rows['XK'] = 0  # Kosovo: no ISO numeric code; ACLED writes 0
missing = [c for c in rows if c not in reg]
assert not missing, missing
extra = [c for c in reg if c not in rows]
assert not extra, extra
print("// Generated from Debian's iso-codes (ISO 3166-1 numeric) and ACLED's region names; see")
print("// countries.cc. One row per ISO 3166-1 alpha-2 code, sorted.")
for c in sorted(rows):
    print('{"%s", %d, "%s"},' % (c, rows[c], reg[c]))
