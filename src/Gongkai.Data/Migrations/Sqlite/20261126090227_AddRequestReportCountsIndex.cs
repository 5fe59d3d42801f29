using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddRequestReportCountsIndex : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_disclosure_requests_agency_id_received_on",
                table: "disclosure_requests");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_requests_report_counts",
                table: "disclosure_requests",
                columns: new[] { "agency_id", "received_on", "concluded_on", "applicant_kind", "outcome" });
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropIndex(
                name: "ix_disclosure_requests_report_counts",
                table: "disclosure_requests");

            migrationBuilder.CreateIndex(
                name: "ix_disclosure_requests_agency_id_received_on",
                table: "disclosure_requests",
                columns: new[] { "agency_id", "received_on" });
        }
    }
}
