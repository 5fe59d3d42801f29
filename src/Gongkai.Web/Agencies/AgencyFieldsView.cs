using Gongkai.Services.Agencies;

namespace Gongkai.Web.Agencies;

/// <summary>What the fields partial shows: the form, the possible parents, and whether only the contact is editable.</summary>
public sealed record AgencyFieldsView(AgencyForm Form, IReadOnlyList<AgencyNode> Parents, bool ContactOnly);
