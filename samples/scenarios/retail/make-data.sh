#!/bin/sh
# Regenerates this scenario's data from the generator (run from the repository root, after
# `mvn -B -q -DskipTests package`). The same command gives the same bytes.
set -eu
here=samples/scenarios/retail
tmp=$(mktemp -d)
java -jar samples/target/profilesim.jar generate --profiles 1200 --seed 42 --out "$tmp"
rm -rf "$here/data" "$here/object-types"
mkdir -p "$here/data"
cp -r "$tmp/object-types" "$here/object-types"
cp "$tmp/crm_contacts.csv" "$tmp/truth.csv" "$here/data/"
# Web orders and calls arrive week by week: rows split in file order into eight files.
split_weeks() { # file, header lines (0 or 1), name, extension
  awk -v head="$2" -v out="$here/data/$3" -v ext="$4" '
    NR <= head { header = $0; next }
    { rows[++n] = $0 }
    END {
      for (i = 1; i <= n; i++) {
        w = int((i - 1) * 8 / n) + 1
        f = out "-week" w "." ext
        if (!(f in seen)) { seen[f] = 1; if (head) print header > f }
        print rows[i] > f
      }
    }' "$1"
}
split_weeks "$tmp/web_orders.jsonl" 0 web_orders jsonl
split_weeks "$tmp/contact_center_calls.csv" 1 calls csv
rm -rf "$tmp"
