#!/usr/bin/env python3
"""Bead precision per score bucket on the alignment dev bench, for ConsistencyGroups.confidentScore.

First: cd ../shared/bench && python3 align_bench.py --build-only --workdir /tmp/checks-cal/docs
Then:  python3 docs/judgments/bead-score-calibration.py [path/to/dari]
Prints: bucket lower bound, [beads, beads in the gold], precision (null beads left out).
"""
import sys, subprocess,glob,os,re,collections
B = sys.argv[1] if len(sys.argv) > 1 else ".build/release/dari"
buckets=collections.defaultdict(lambda:[0,0])
for d in sorted(glob.glob('/tmp/checks-cal/docs/*/*/doc-*')):
    ko,en=d+'/ko.txt',d+'/en.txt'
    beads=subprocess.run([B,'align','--segmented',ko,en,'--format','beads'],capture_output=True,text=True).stdout.split('\n')
    tsv=subprocess.run([B,'align','--segmented',ko,en,'--format','tsv'],capture_output=True,text=True).stdout.split('\n')
    gold=set(l.strip().replace(' ','') for l in open(d+'/gold.txt') if l.strip())
    for b,t in zip(beads,tsv):
        if not b.strip(): continue
        b=b.strip().replace(' ','')
        if b.startswith('[]') or b.endswith('[]'): continue
        s=float(t.split('\t')[0])
        k=min(int(s*20)/20,0.95)
        buckets[k][0]+=1; buckets[k][1]+= b in gold
for k in sorted(buckets): print(k, buckets[k], round(buckets[k][1]/buckets[k][0],3))
