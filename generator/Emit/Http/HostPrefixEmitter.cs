using System.Linq;
using System.Text;
using CodeGen.Generator.Helpers;
using CodeGen.Generator.Model;

namespace CodeGen.Generator.Emit.Http;

/// <summary>Emits the endpoint host prefix (the model's <c>hostPrefix</c>, with <c>{label}</c>s from host-label members).</summary>
internal static class HostPrefixEmitter
{
    public static void Write(SourceWriter writer, OperationSpec operation, StructureSpec? input)
    {
        if (string.IsNullOrEmpty(operation.HostPrefix))
        {
            return;
        }

        var prefix = operation.HostPrefix!;
        var expression = new StringBuilder();
        var i = 0;
        while (i < prefix.Length)
        {
            var open = prefix.IndexOf('{', i);
            var close = open < 0 ? -1 : prefix.IndexOf('}', open);
            if (open < 0 || close < 0)
            {
                Append(expression, Literals.String(prefix.Substring(i)));
                break;
            }

            if (open > i)
            {
                Append(expression, Literals.String(prefix.Substring(i, open - i)));
            }

            var label = prefix.Substring(open + 1, close - open - 1);
            var member = input?.Members.FirstOrDefault(m => m.Name == label);
            Append(expression, member is null ? "\"\"" : "(request." + member.PropertyName + " ?? \"\")");
            i = close + 1;
        }

        writer.Line("http.HostPrefix = " + expression + ";");
    }

    private static void Append(StringBuilder expression, string part)
    {
        if (expression.Length > 0)
        {
            expression.Append(" + ");
        }

        expression.Append(part);
    }
}
