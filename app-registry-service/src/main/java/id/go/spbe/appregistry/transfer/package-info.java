/**
 * Import and export of applications (A1: every SPBE application is registered; A2, A10, A12, G1 apply to imports
 * exactly as to the form, because every imported row goes through the Application aggregate).
 *
 * <h2>Endpoints</h2>
 * <ul>
 *   <li>{@code POST /api/v1/application-imports} (multipart {@code file}, or a {@code text/csv} body) → 202 with
 *       {@code Location} of an {@link id.go.spbe.appregistry.transfer.domain.ImportJob}; {@code GET …/{id}},
 *       {@code GET …/{id}/errors.csv}, {@code GET /api/v1/application-imports}.</li>
 *   <li>{@code GET /api/v1/application-exports/applications.csv}: the export has its own path so that it can never
 *       be taken for an application id under {@code /api/v1/applications/{id}}.</li>
 *   <li>{@code GET /api/v1/applications/{id}/publiccode.yml} and {@code POST /api/v1/applications/publiccode}.</li>
 * </ul>
 *
 * <h2>Decisions</h2>
 * <ul>
 *   <li><b>Idempotency</b> is a natural key: owner OPD + application name, compared without case, width or spacing
 *       differences. A row (or publiccode.yml) naming an application its owner already has is refused as
 *       "sudah terdaftar" with the existing id. Chosen over a per-file key (sha256 + row) because it also catches
 *       an export imported back, the same inventory saved differently, and a corrected errors file re-uploaded
 *       with rows that already went in. Same name in different OPDs is allowed (Denpasar has three "SMS Gateway").</li>
 *   <li><b>Restarts</b>: jobs are <em>resumed</em>, not failed. Progress is checkpointed every
 *       {@code checkpoint-every} rows; a job whose runner has been silent longer than {@code stale-after} is taken
 *       over at start-up or by the periodic sweep and continues after its checkpoint. Rows the interrupted run
 *       registered after the checkpoint are recognised as its own (same importer, registered between the job's
 *       start and the resume, not yet claimed by a row) and counted as imported, not refused. A job whose stored
 *       file is gone is marked FAILED with a message asking to upload the file again.</li>
 *   <li><b>Row errors, not request errors</b>: an operator's rows for another OPD, unknown OPDs (G1), classes the
 *       regulation does not know (A2), addresses outside the region's domain (A10) are listed per row with column
 *       and obligation; the file as a whole is refused only when it cannot be read (encoding, quotes, unknown layout,
 *       size 413, too many rows 400). In the Denpasar layout an address outside the domain becomes a warning and
 *       is kept in the description, because that inventory predates the rule.</li>
 *   <li><b>publiccode.yml</b> follows the standard's core schema, read with YAML 1.2 semantics for dates
 *       (unquoted dates are text, a bare {@code 0.4} is a number). The licence is checked for SPDX expression
 *       syntax only. The application class (A2) is not in the standard, so the importer names it.</li>
 * </ul>
 */
package id.go.spbe.appregistry.transfer;
