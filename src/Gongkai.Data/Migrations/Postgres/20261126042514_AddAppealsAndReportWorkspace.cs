using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class AddAppealsAndReportWorkspace : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "published_annual_reports");

            migrationBuilder.CreateTable(
                name: "appeal_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    kind = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: false),
                    request_id = table.Column<Guid>(type: "uuid", nullable: false),
                    request_number = table.Column<string>(type: "character varying(64)", maxLength: 64, nullable: false),
                    request_received_on = table.Column<DateOnly>(type: "date", nullable: false),
                    case_number = table.Column<string>(type: "character varying(100)", maxLength: 100, nullable: true),
                    filed_on = table.Column<DateOnly>(type: "date", nullable: false),
                    filed_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    filed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    decision = table.Column<string>(type: "character varying(40)", maxLength: 40, nullable: true),
                    result = table.Column<string>(type: "character varying(16)", maxLength: 16, nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "date", nullable: true),
                    concluded_recorded_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    concluded_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true),
                    orders_new_answer = table.Column<bool>(type: "boolean", nullable: false),
                    decision_received_on = table.Column<DateOnly>(type: "date", nullable: true),
                    due_date_set_by_decision = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_appeal_cases", x => x.id);
                    table.ForeignKey(
                        name: "fk_appeal_cases_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "period_reopenings",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    reason = table.Column<string>(type: "character varying(1000)", maxLength: 1000, nullable: false),
                    opened_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    opened_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    closed_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: true),
                    closed_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_period_reopenings", x => x.id);
                    table.ForeignKey(
                        name: "fk_period_reopenings_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "published_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    agency_name = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false),
                    report_json = table.Column<string>(type: "text", nullable: false),
                    content_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: false),
                    rule_set_version = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    warning_count = table.Column<int>(type: "integer", nullable: false),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    published_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    published_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_published_reports_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_deadlines",
                columns: table => new
                {
                    region_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    departments_due = table.Column<DateOnly>(type: "date", nullable: true),
                    governments_due = table.Column<DateOnly>(type: "date", nullable: true)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_deadlines", x => new { x.region_id, x.year });
                    table.ForeignKey(
                        name: "fk_report_deadlines_agencies_region_id",
                        column: x => x.region_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateTable(
                name: "report_prose",
                columns: table => new
                {
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false),
                    section = table.Column<string>(type: "character varying(32)", maxLength: 32, nullable: false),
                    body = table.Column<string>(type: "character varying(20000)", maxLength: 20000, nullable: false),
                    updated_at = table.Column<DateTimeOffset>(type: "timestamp with time zone", nullable: false),
                    updated_by = table.Column<string>(type: "character varying(200)", maxLength: 200, nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_report_prose", x => new { x.agency_id, x.year, x.section });
                    table.ForeignKey(
                        name: "fk_report_prose_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_appeal_cases_agency_id_concluded_on",
                table: "appeal_cases",
                columns: new[] { "agency_id", "concluded_on" });

            migrationBuilder.CreateIndex(
                name: "ix_appeal_cases_agency_id_filed_on",
                table: "appeal_cases",
                columns: new[] { "agency_id", "filed_on" });

            migrationBuilder.CreateIndex(
                name: "ix_appeal_cases_request_id",
                table: "appeal_cases",
                column: "request_id");

            migrationBuilder.CreateIndex(
                name: "ix_period_reopenings_agency_id_year",
                table: "period_reopenings",
                columns: new[] { "agency_id", "year" });

            migrationBuilder.CreateIndex(
                name: "ix_published_reports_agency_id_year",
                table: "published_reports",
                columns: new[] { "agency_id", "year" },
                unique: true);

            migrationBuilder.CreateIndex(
                name: "ix_published_reports_year",
                table: "published_reports",
                column: "year");
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeal_cases");

            migrationBuilder.DropTable(
                name: "period_reopenings");

            migrationBuilder.DropTable(
                name: "published_reports");

            migrationBuilder.DropTable(
                name: "report_deadlines");

            migrationBuilder.DropTable(
                name: "report_prose");

            migrationBuilder.CreateTable(
                name: "published_annual_reports",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "uuid", nullable: false),
                    agency_id = table.Column<Guid>(type: "uuid", nullable: false),
                    file_sha256 = table.Column<string>(type: "character(64)", fixedLength: true, maxLength: 64, nullable: true),
                    published_on = table.Column<DateOnly>(type: "date", nullable: false),
                    title = table.Column<string>(type: "character varying(300)", maxLength: 300, nullable: false),
                    year = table.Column<int>(type: "integer", nullable: false)
                },
                constraints: table =>
                {
                    table.PrimaryKey("pk_published_annual_reports", x => x.id);
                    table.ForeignKey(
                        name: "fk_published_annual_reports_agencies_agency_id",
                        column: x => x.agency_id,
                        principalTable: "agencies",
                        principalColumn: "id",
                        onDelete: ReferentialAction.Restrict);
                });

            migrationBuilder.CreateIndex(
                name: "ix_published_annual_reports_agency_id_year",
                table: "published_annual_reports",
                columns: new[] { "agency_id", "year" },
                unique: true);
        }
    }
}
