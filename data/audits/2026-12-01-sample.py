# Draws the second audit's sample: 45 rows at random (seed 20261201) from the sourced datasets, skipping rows the
# first audit (2026-11-28) named. Run from the repository root: python3 data/audits/2026-12-01-sample.py
import csv
import random

SEED = 20261201
audit1 = open('data/audits/2026-11-28-sample-audit.md').read()
pop = []
for r in csv.DictReader(open('data/market-share.csv', newline='')):
    pop.append(('market-share', f"{r['segment']} {r['metric']} {r['period']} {r['vendor']} {r['market']} share {r['share_pct']} value {r['value']} {r['unit']} basis {r['basis']}", r['source_id'], f"{r['segment']} {r['period']} {r['vendor']}"))
for r in csv.DictReader(open('data/export-controls.csv', newline='')):
    pop.append(('export-controls', f"{r['id']}: announced {r['announced']}, effective {r['effective']}, citation {r['citation']}, direction {r['direction']}, items: {r['controlled_items'][:200]}", r['source_ids'], r['id']))
for r in csv.DictReader(open('data/export-control-events.csv', newline='')):
    pop.append(('export-control-events', f"{r['measure_id']} {r['date']} {r['status']} until {r['until']} basis {r['basis']}", r['source_ids'], f"{r['measure_id']} {r['date']}"))
for r in csv.DictReader(open('data/sovereign-compute.csv', newline='')):
    pop.append(('sovereign-compute', f"{r['id']}: {r['program']}, announced {r['announced']}, {r['amount_local_m']} {r['currency']} m, funding {r['funding']}, stage {r['stage']}, gpus {r['gpus']}, mw {r['mw']}", r['source_ids'], r['id']))
for r in csv.DictReader(open('data/chips.csv', newline='')):
    figs = {k: v for k, v in r.items() if k.endswith(('_tflops', '_tops', '_gbs', '_gb', '_mm2')) and v}
    pop.append(('chips', f"{r['slug']}: released {r['released']}, {figs}", r['source_ids'], r['slug']))
rng = random.Random(SEED)
rng.shuffle(pop)
out = []
for p in pop:
    ident = p[3].split()[0]
    if p[0] in ('export-controls', 'sovereign-compute', 'chips') and ident in audit1:
        continue
    if p[0] == 'market-share' and all(x in audit1 for x in p[3].split()):
        continue
    out.append(p)
    if len(out) == 45:
        break
w = csv.writer(open('data/audits/2026-12-01-sample.csv', 'w', newline=''))
w.writerow(['n', 'dataset', 'row', 'source_ids'])
for i, p in enumerate(out, 1):
    w.writerow([i, p[0], p[1], p[2]])
