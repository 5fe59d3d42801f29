using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddReportAudit : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "report_audit_contents",
                columns: table => new
                {
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    size = table.Column<long>(type: "INTEGER", nullable: false),
                    content = table.Column<byte[]>(type: "BLOB", nullable: false),
                    stored_at = table.Column<long>(type: "INTEGER", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_audit_contents", x => x.sha256);
                });

            migrationBuilder.CreateTable(
                name: "report_audit_decisions",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    report_key = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    fingerprint = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    comment = table.Column<string>(type: "TEXT", maxLength: 2000, nullable: false),
                    decided_at = table.Column<long>(type: "INTEGER", nullable: false),
                    decided_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_audit_decisions", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_audit_runs",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    owner_agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    title = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    created_at = table.Column<long>(type: "INTEGER", nullable: false),
                    created_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    reader_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    rule_set_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_audit_runs", x => x.id);
                });

            migrationBuilder.CreateTable(
                name: "report_audit_files",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    run_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    file_name = table.Column<string>(type: "TEXT", maxLength: 255, nullable: false),
                    sha256 = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    size_bytes = table.Column<long>(type: "INTEGER", nullable: false),
                    file_kind = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    reader_version = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    report_key = table.Column<string>(type: "TEXT", maxLength: 260, nullable: false),
                    refusal_zh = table.Column<string>(type: "TEXT", maxLength: 500, nullable: true),
                    agency_name = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    year = table.Column<int>(type: "INTEGER", nullable: true),
                    format = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    report_json = table.Column<string>(type: "TEXT", nullable: true),
                    problems_json = table.Column<string>(type: "TEXT", nullable: true),
                    cells_read = table.Column<int>(type: "INTEGER", nullable: false),
                    cells_missing = table.Column<int>(type: "INTEGER", nullable: false),
                    cells_ambiguous = table.Column<int>(type: "INTEGER", nullable: false),
                    errors = table.Column<int>(type: "INTEGER", nullable: false),
                    warnings = table.Column<int>(type: "INTEGER", nullable: false),
                    copied_sections = table.Column<int>(type: "INTEGER", nullable: false),
                    published_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    published_source = table.Column<string>(type: "TEXT", maxLength: 32, nullable: true),
                    due = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    late = table.Column<bool>(type: "INTEGER", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_audit_files", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_audit_files_report_audit_runs_run_id",
                        column: x => x.run_id,
                        principalTable: "report_audit_runs",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateTable(
                name: "report_audit_findings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    file_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    position = table.Column<int>(type: "INTEGER", nullable: false),
                    fingerprint = table.Column<string>(type: "TEXT", fixedLength: true, maxLength: 64, nullable: false),
                    rule_id = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    severity = table.Column<string>(type: "TEXT", maxLength: 16, nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 32, nullable: false),
                    cell_ids = table.Column<string>(type: "TEXT", nullable: false),
                    expected = table.Column<string>(type: "TEXT", nullable: true),
                    found = table.Column<string>(type: "TEXT", nullable: true),
                    message_zh = table.Column<string>(type: "TEXT", nullable: false),
                    message_en = table.Column<string>(type: "TEXT", nullable: false),
                    details_json = table.Column<string>(type: "TEXT", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_audit_findings", x => x.id);
                    table.ForeignKey(
                        name: "fk_report_audit_findings_report_audit_files_file_id",
                        column: x => x.file_id,
                        principalTable: "report_audit_files",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Cascade);
                });

            migrationBuilder.CreateIndex(
                name: "ix_report_audit_decisions_owner_agency_id_report_key_fingerprint",
                table: "report_audit_decisions",
                columns: new[] { "owner_agency_id", "report_key", "fingerprint" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_audit_files_report_key",
                table: "report_audit_files",
                column: "report_key");

            migrationBuilder.CreateIndex(
                name: "ix_report_audit_files_run_id_position",
                table: "report_audit_files",
                columns: new[] { "run_id", "position" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_report_audit_files_sha256",
                table: "report_audit_files",
                column: "sha256");

            migrationBuilder.CreateIndex(
                name: "ix_report_audit_findings_file_id_position",
                table: "report_audit_findings",
                columns: new[] { "file_id", "position" });

            migrationBuilder.CreateIndex(
                name: "ix_report_audit_runs_owner_agency_id_created_at",
                table: "report_audit_runs",
                columns: new[] { "owner_agency_id", "created_at" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "report_audit_contents");

            migrationBuilder.DropTable(
                name: "report_audit_decisions");

            migrationBuilder.DropTable(
                name: "report_audit_findings");

            migrationBuilder.DropTable(
                name: "report_audit_files");

            migrationBuilder.DropTable(
                name: "report_audit_runs");
        }
    }
}
