#!/bin/sh
# Runs once, when the primary's data folder is new: lets the replica stream from it.
set -eu
echo "host replication ${POSTGRES_USER} all scram-sha-256" >> "$PGDATA/pg_hba.conf"
