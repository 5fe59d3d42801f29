using System;
using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Sqlite
{
    /// <inheritdoc />
    public partial class AddAppeals : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.CreateTable(
                name: "appeal_cases",
                columns: table => new
                {
                    id = table.Column<Guid>(type: "TEXT", nullable: false),
                    agency_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    kind = table.Column<string>(type: "TEXT", maxLength: 40, nullable: false),
                    request_id = table.Column<Guid>(type: "TEXT", nullable: false),
                    request_number = table.Column<string>(type: "TEXT", maxLength: 64, nullable: false),
                    request_received_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    case_number = table.Column<string>(type: "TEXT", maxLength: 100, nullable: true),
                    filed_on = table.Column<DateOnly>(type: "TEXT", nullable: false),
                    filed_recorded_at = table.Column<long>(type: "INTEGER", nullable: false),
                    filed_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: false),
                    decision = table.Column<string>(type: "TEXT", maxLength: 40, nullable: true),
                    result = table.Column<string>(type: "TEXT", maxLength: 16, nullable: true),
                    concluded_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    concluded_recorded_at = table.Column<long>(type: "INTEGER", nullable: true),
                    concluded_by = table.Column<string>(type: "TEXT", maxLength: 200, nullable: true),
                    orders_new_answer = table.Column<bool>(type: "INTEGER", nullable: false),
                    decision_received_on = table.Column<DateOnly>(type: "TEXT", nullable: true),
                    due_date_set_by_decision = table.Column<DateOnly>(type: "TEXT", nullable: true)
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
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.DropTable(
                name: "appeal_cases");
        }
    }
}
