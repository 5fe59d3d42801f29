using Microsoft.EntityFrameworkCore.Migrations;

#nullable disable

namespace Gongkai.Data.Migrations.Postgres
{
    /// <inheritdoc />
    public partial class BoundPostgresSearch : Migration
    {
        /// <inheritdoc />
        protected override void Up(MigrationBuilder migrationBuilder)
        {
            // The search index's order of indexing, so a search walks the newest matches (not part of the EF model; see CatalogueSearchIndex).
            migrationBuilder.Sql(Gongkai.Data.Disclosure.CatalogueSearchIndex.PostgresIndexOrderSchema);
        }

        /// <inheritdoc />
        protected override void Down(MigrationBuilder migrationBuilder)
        {
            migrationBuilder.Sql(Gongkai.Data.Disclosure.CatalogueSearchIndex.PostgresIndexOrderDrop);
        }
    }
}
