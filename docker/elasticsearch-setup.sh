#!/usr/bin/env bash
# One-shot: sets the password of the built-in kibana_system user so Kibana can log in to Elasticsearch.
# Runs in the Elasticsearch image (it has curl) after Elasticsearch reports healthy.
set -euo pipefail

: "${ELASTIC_PASSWORD:?ELASTIC_PASSWORD is not set; copy .env.example to .env}"
: "${KIBANA_PASSWORD:?KIBANA_PASSWORD is not set; copy .env.example to .env}"
ES_URL="${ES_URL:-http://elasticsearch:9200}"

for attempt in $(seq 1 30); do
  status=$(curl -s -o /tmp/response.json -w '%{http_code}' -u "elastic:${ELASTIC_PASSWORD}" \
    -H 'Content-Type: application/json' \
    -X POST "${ES_URL}/_security/user/kibana_system/_password" \
    -d "{\"password\":\"${KIBANA_PASSWORD}\"}" || true)
  if [ "$status" = "200" ]; then
    echo "kibana_system password set"
    exit 0
  fi
  echo "attempt ${attempt}/30: Elasticsearch answered ${status}: $(cat /tmp/response.json 2>/dev/null)"
  sleep 5
done
echo "could not set the kibana_system password" >&2
exit 1
