using System.Text.Json;

namespace Flywheel.Reports.Tests.Schema;

public sealed class MiniJsonSchemaValidatorTests
{
    private static readonly JsonElement Schema = JsonDocument.Parse("""
        {
          "type": "object", "additionalProperties": false, "required": ["kind", "items"],
          "properties": {
            "kind": { "type": "string", "enum": ["a", "b"] },
            "note": { "type": ["string", "null"] },
            "items": { "type": "array", "items": { "$ref": "#/$defs/item" } }
          },
          "$defs": { "item": { "type": "integer" } }
        }
        """).RootElement;

    [Fact]
    public void Validate_ConformingDocument_NoErrors()
    {
        Validate("""{"kind":"a","note":null,"items":[1,2]}""").ShouldBeEmpty();
    }

    [Fact]
    public void Validate_UnknownProperty_Reported()
    {
        Validate("""{"kind":"a","items":[],"extra":1}""").ShouldBe(["$: property 'extra' is not allowed"]);
    }

    [Fact]
    public void Validate_MissingRequired_Reported()
    {
        Validate("""{"kind":"a"}""").ShouldBe(["$: required property 'items' is missing"]);
    }

    [Fact]
    public void Validate_ValueOutsideEnum_Reported()
    {
        Validate("""{"kind":"c","items":[]}""").ShouldBe(["""$.kind: "c" is not one of ["a", "b"]"""]);
    }

    [Fact]
    public void Validate_WrongItemTypeThroughRef_Reported()
    {
        Validate("""{"kind":"a","items":[1,"x"]}""").ShouldBe(["""$.items[1]: expected "integer", found String"""]);
    }

    private static IReadOnlyList<string> Validate(string json) => MiniJsonSchemaValidator.Validate(Schema, JsonDocument.Parse(json).RootElement);
}
