#!/bin/bash
# Submit a `caliper batch` cohort to Slurm: an N-task array (one shard each) and a merge job that
# runs when every task has ended, however it ended (--dependency=afterany). Prints "ARRAY MERGE".
#
#   cluster/slurm/submit.sh N OUT <caliper batch arguments...> [-- <extra sbatch options>]
#   e.g. cluster/slurm/submit.sh 16 /scratch/cohort manifest.csv --task radiomics --config B --roi roi.json
#
# Resume after a failure or a kill: resubmit the same command (finished items are skipped), or
# requeue one task in place: scontrol requeue JOB_I.
set -euo pipefail
here=$(cd "$(dirname "$0")" && pwd)
N=${1:?usage: submit.sh N OUT <caliper batch arguments...> [-- <sbatch options>]}
OUT=${2:?usage: submit.sh N OUT <caliper batch arguments...> [-- <sbatch options>]}
shift 2
args=()
while (($#)) && [[ $1 != -- ]]; do args+=("$1"); shift; done
(($#)) && shift
mkdir -p "$OUT/logs"
array=$(sbatch --parsable --array="0-$((N - 1))" -o "$OUT/logs/shard_%A_%a.out" "$@" "$here/batch-array.sbatch" "$N" "$OUT" "${args[@]}")
array=${array%%;*}
merge=$(sbatch --parsable --dependency="afterany:$array" -o "$OUT/logs/merge_%j.out" "$@" "$here/merge.sbatch" "$N" "$OUT")
echo "$array ${merge%%;*}"
