#!/usr/bin/env bash
# Creates a scratch org with the package deployed, the permission sets assigned and the sample portfolio
# loaded. Needs the Salesforce CLI (sf) logged in to a Dev Hub: sf org login web --set-default-dev-hub.
#
#   bash scripts/org/setup-scratch-org.sh [alias] [days]
set -euo pipefail

alias_name="${1:-cvp}"
days="${2:-7}"
cd "$(dirname "$0")/../.."

sf org create scratch --definition-file config/project-scratch-def.json --alias "$alias_name" \
  --duration-days "$days" --set-default --wait 15
sf project deploy start --source-dir force-app --target-org "$alias_name" --wait 30
sf org assign permset --name CVP_User --name CVP_Manager --target-org "$alias_name"
npm run build --silent
npx node scripts/org/load-sample.js --target-org "$alias_name"
sf org open --target-org "$alias_name" --path lightning/app/c__CVP_Customer_Value --url-only
