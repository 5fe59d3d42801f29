using Gongkai.Core.Identifiers;
using Serilog.Core;
using Serilog.Events;

namespace Gongkai.Web.Logging;

/// <summary>
/// A destructured identifier (<c>{@Id}</c>) is logged as its masked form, never as its parts; strings inside other
/// destructured objects are masked by <see cref="MaskingSink"/>.
/// </summary>
internal sealed class PersonalDataDestructuringPolicy : IDestructuringPolicy
{
    public bool TryDestructure(object value, ILogEventPropertyValueFactory propertyValueFactory, [System.Diagnostics.CodeAnalysis.NotNullWhen(true)] out LogEventPropertyValue? result)
    {
        switch (value)
        {
            case ResidentIdNumber id:
                result = new ScalarValue(id.Masked);
                return true;
            default:
                result = null;
                return false;
        }
    }
}
