using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRequests : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "disclosure_requests",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    number = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    lookup_code_hash = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    applicant_kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    applicant_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    identity_type = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    other_document_type = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    identity_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    identity_masked = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    phone = table.Column<string>(type: "TEXT", maxLength: 64, nullable: true),
                    email = table.Column<string>(type: "TEXT", maxLength: 254, nullable: true),
                    postal_address = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    title = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    document_number = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    description = table.Column<string>(type: "TEXT", maxLength: 4000, nullable: true),
                    form = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    delivery = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    channel = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    submitted_at = table.Column<long>(type: "INTEGER", nullable: false),
                    arrived_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    status = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    due_date = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 48, nullable: true),
                    event_count = table.Column<int>(type: "INTEGER", nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_disclosure_requests", x => x.id);
                    table.ForeignKey(
                        name: "fk_disclosure_requests_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "reply_letter_templates",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    outcome = table.Column<string>(type: "TEXT", maxLength: 48, nullable: false),
                    body = table.Column<string>(type: "TEXT", nullable: false),
                    updated_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reply_letter_templates", x => new { x.agency_id, x.outcome });
                    table.ForeignKey(
                        name: "fk_reply_letter_templates_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "request_number_counters",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    year = table.Column<int>(type: "INTEGER", nullable: false),
                    last_number = table.Column<int>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_number_counters", x => new { x.agency_id, x.year });
                    table.ForeignKey(
                        name: "fk_request_number_counters_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "stored_files",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    media_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    stored_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_stored_files", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "reply_letters",
                columns: table => new
                {
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    text = table.Column<string>(type: "TEXT", nullable: false),
                    agency_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    issued_on = table.Column<DateOnly>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_reply_letters", x => x.request_id);
                    table.ForeignKey(
                        name: "fk_reply_letters_disclosure_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "disclosure_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "request_events",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    sequence = table.Column<int>(type: "INTEGER", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    actor_id = table.Column<string>(type: "TEXT", maxLength: 128, nullable: false),
                    summary_zh = table.Column<string>(type: "TEXT", nullable: false),
                    payload = table.Column<string>(type: "TEXT", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_events", x => x.id);
                    table.ForeignKey(
                        name: "fk_request_events_disclosure_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "disclosure_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "request_attachments",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    purpose = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    media_type = table.Column<string>(type: "TEXT", maxLength: 100, nullable: false),
                    length = table.Column<long>(type: "INTEGER", nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    added_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_request_attachments", x => x.id);
                    table.ForeignKey(
                        name: "fk_request_attachments_disclosure_requests_request_id",
                        column: x => x.request_id,
                        principalTable: "disclosure_requests",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                    table.ForeignKey(
                        name: "fk_request_attachments_stored_files_sha256",
                        column: x => x.sha256,
                        principalTable: "stored_files",
                        principalColumn: "sha256",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_requests_agency_id_concluded_on",
                table: "disclosure_requests",
                columns: new[] { "agency_id", "concluded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_requests_agency_id_received_on",
                table: "disclosure_requests",
                columns: new[] { "agency_id", "received_on" });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_requests_agency_id_status_due_date",
                table: "disclosure_requests",
                columns: new[] { "agency_id", "status", "due_date" });

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_requests_agency_id_year_sequence",
                table: "disclosure_requests",
                columns: new[] { "agency_id", "year", "sequence" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_requests_lookup_code_hash",
                table: "disclosure_requests",
                column: "lookup_code_hash",
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_request_attachments_request_id",
                table: "request_attachments",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_request_attachments_sha256",
                table: "request_attachments",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_request_events_request_id_sequence",
                table: "request_events",
                columns: new[] { "request_id", "sequence" },
                unique: true);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "reply_letter_templates");

            migrationBuilder.DropTable(
                name: "reply_letters");

            migrationBuilder.DropTable(
                name: "request_attachments");

            migrationBuilder.DropTable(
                name: "request_events");

            migrationBuilder.DropTable(
                name: "request_number_counters");

            migrationBuilder.DropTable(
                name: "stored_files");

            migrationBuilder.DropTable(
                name: "disclosure_requests");
        }
    }
}
