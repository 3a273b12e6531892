#!/usr/bin/env bash
# One-shot: imports the saved objects in kibana/*.ndjson (index pattern, visualisations, dashboards) through
# Kibana's saved-objects import API, overwriting older copies so that re-running it is safe.
set -euo pipefail
shopt -s nullglob

: "${ELASTIC_PASSWORD:?ELASTIC_PASSWORD is not set; copy .env.example to .env}"
KIBANA_URL="${KIBANA_URL:-http://kibana:5601}"

files=(/kibana/*.ndjson)
if [ ${#files[@]} -eq 0 ]; then
  echo "no saved objects under kibana/, nothing to import"
  exit 0
fi

for file in "${files[@]}"; do
  echo "importing ${file}"
  curl -sS -u "elastic:${ELASTIC_PASSWORD}" -H 'kbn-xsrf: true' \
    -X POST "${KIBANA_URL}/api/saved_objects/_import?overwrite=true" \
    --form "file=@${file}" > /tmp/import.json
  if ! grep -q '"success":true' /tmp/import.json; then
    echo "import of ${file} failed: $(cat /tmp/import.json)" >&2
    exit 1
  fi
done
echo "imported ${#files[@]} file(s)"
