using Gongkai.Core;
using Gongkai.Core.Disclosure.Catalogue;
using Gongkai.Services.Disclosure;
using Gongkai.Web.Access;
using Gongkai.Web.Catalogue;
using Microsoft.AspNetCore.Authorization;
using Microsoft.AspNetCore.Mvc;
using Microsoft.AspNetCore.Mvc.RazorPages;

namespace Gongkai.Web.Pages.Staff.Catalogue;

/// <summary>The item editor (经办人拟稿、修改): a new draft, or a new revision of an item not under review.</summary>
[Authorize(Policy = Policies.Clerk)]
public sealed class EditModel(DisclosureDesk desk, CatalogueSetup setup, FileStore files, StaffScopeAccessor scopes, TimeProvider clock) : PageModel
{
    public sealed class ItemForm
    {
        public string Title { get; set; } = "";
        public string CategoryCode { get; set; } = "";
        public string? IssuingAgency { get; set; }
        public DateOnly GeneratedOn { get; set; }
        public string? DocumentNumber { get; set; }
        public string? Summary { get; set; }
        public string? Body { get; set; }
        public List<string> Channels { get; set; } = [PublicationChannel.PortalCode];
        public List<string> Keep { get; set; } = [];
    }

    [FromRoute] public Guid? Id { get; set; }

    /// <summary>起草修订版本: a new draft starting from this item's content (its text fields; attachments are uploaded again).</summary>
    [FromQuery(Name = "from")] public Guid? From { get; set; }
    [BindProperty] public ItemForm Form { get; set; } = new();
    [BindProperty] public List<IFormFile> Files { get; set; } = [];

    public AgencyCatalogue Catalogue { get; private set; } = null!;
    public IReadOnlyList<AttachmentReference> KeptAttachments { get; private set; } = [];
    public List<string> Errors { get; } = [];

    public async Task<IActionResult> OnGetAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        if (Id is { } id)
        {
            var details = await desk.GetAsync(scope, id, cancellationToken);
            if (StaffResults.ForRefusal(this, details) is { } refused) return refused;
            var c = details.Value.Item.Content;
            Form = new ItemForm
            {
                Title = c.Title, CategoryCode = c.CategoryCode, IssuingAgency = c.IssuingAgency, GeneratedOn = c.GeneratedOn,
                DocumentNumber = c.DocumentNumber, Summary = c.Summary, Body = c.Body, Channels = [.. c.Channels.Select(x => x.Code)],
                Keep = [.. c.Attachments.Select(a => a.Sha256)],
            };
            KeptAttachments = c.Attachments;
            Catalogue = details.Value.Catalogue;
        }
        else
        {
            Form.GeneratedOn = Gongkai.Core.Calendar.ChinaStandardTime.Today(clock);
            if (From is { } from)
            {
                var source = await desk.GetAsync(scope, from, cancellationToken);
                if (StaffResults.ForRefusal(this, source) is { } hidden) return hidden;
                var c = source.Value.Item.Content;
                Form.Title = c.Title;
                Form.CategoryCode = c.CategoryCode;
                Form.IssuingAgency = c.IssuingAgency;
                Form.DocumentNumber = c.DocumentNumber;
                Form.Summary = c.Summary;
                Form.Body = c.Body;
                Form.Channels = [.. c.Channels.Select(x => x.Code)];
            }
            if (await setup.LoadAsync(scope.HomeAgencyId, cancellationToken) is not { } catalogue) return NotFound();
            Catalogue = catalogue;
        }
        return Page();
    }

    public async Task<IActionResult> OnPostAsync(CancellationToken cancellationToken)
    {
        var scope = await scopes.RequireAsync(cancellationToken);
        var existing = new List<AttachmentReference>();
        if (Id is { } id)
        {
            var details = await desk.GetAsync(scope, id, cancellationToken);
            if (StaffResults.ForRefusal(this, details) is { } refused) return refused;
            existing = details.Value.Item.Content.Attachments.Where(a => Form.Keep.Contains(a.Sha256)).ToList();
        }
        var attachments = new List<AttachmentReference>(existing);
        foreach (var file in Files)
        {
            using var buffer = new MemoryStream();
            await file.CopyToAsync(buffer, cancellationToken);
            var stored = await files.StoreAsync(file.FileName, buffer.ToArray(), cancellationToken);
            if (stored.Succeeded) attachments.Add(stored.Value);
            else Errors.AddRange(stored.Errors.Select(e => e.MessageZh));
        }
        if (Errors.Count == 0)
        {
            var input = new ItemInput(Form.Title, Form.CategoryCode, Form.IssuingAgency, Form.GeneratedOn, Form.DocumentNumber, Form.Summary, Form.Body,
                attachments, Form.Channels);
            DomainResult<Guid> result = Id is { } itemId ? await desk.EditAsync(scope, itemId, input, cancellationToken)
                : From is { } older ? await desk.DraftRevisionAsync(scope, older, input, cancellationToken)
                : await desk.DraftAsync(scope, input, cancellationToken);
            if (StaffResults.ForRefusal(this, result) is { } refused) return refused;
            if (result.Succeeded) return Redirect($"/staff/catalogue/{result.Value:N}");
            Errors.AddRange(result.Errors.Select(e => e.MessageZh));
        }
        Catalogue = (await setup.LoadAsync(scope.HomeAgencyId, cancellationToken))!;
        KeptAttachments = existing;
        return Page();
    }
}
