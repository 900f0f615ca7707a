using System.IO;
using CodeGen.Runtime.Auth;
using CodeGen.Runtime.Tests.Support;
using Xunit;

namespace CodeGen.Runtime.Tests.Auth;

/// <summary>The shared config and credentials files, read as the AWS SDKs and Tools reference guide describes them.</summary>
public sealed class SharedConfigFilesTests
{
    [Fact]
    public void ConfigProfilesNeedThePrefixAndCredentialsProfilesDoNot()
    {
        var files = SharedConfigFiles.FromText(
            "[dev]\naws_access_key_id = AKIDCRED\n",
            "[profile dev]\nregion = eu-west-1\naws_access_key_id = AKIDCONFIG\n[not-a-profile]\nregion = us-east-2\n",
            "dev");

        Assert.True(files.HasProfile("dev"));
        Assert.Equal("AKIDCRED", files.Get("aws_access_key_id"));   // the credentials file wins per key
        Assert.Equal("eu-west-1", files.Get("region"));             // the rest comes from the config file
        Assert.False(files.HasProfile("not-a-profile"));           // a config section without "profile " is no profile
    }

    [Fact]
    public void ProfileDefaultTakesThePlaceOfDefaultInTheConfigFile()
    {
        var both = SharedConfigFiles.FromText(null, "[default]\nregion = us-east-1\noutput = json\n[profile default]\nregion = ap-south-1\n");
        var plain = SharedConfigFiles.FromText(null, "[default]\nregion = us-east-1\n");

        Assert.Equal("ap-south-1", both.Get("region"));
        Assert.Null(both.Get("output"));
        Assert.Equal("us-east-1", plain.Get("region"));
        Assert.Equal("default", plain.Profile);
        Assert.False(plain.ProfileIsExplicit);
    }

    [Fact]
    public void CommentsBlankLinesKeyCaseAndWhitespaceFollowTheIniRules()
    {
        var files = SharedConfigFiles.FromText(null, """
            # a comment
            ; another comment
            [profile   spaced  ]

              Region=  us-west-2
            credential_process = tool --arg "a b" # stays: no inline comments
            empty =
            """, "spaced");

        Assert.Equal("us-west-2", files.Get("region"));
        Assert.Equal("tool --arg \"a b\" # stays: no inline comments", files.Get("credential_process"));
        Assert.Null(files.Get("empty"));
        Assert.True(files.ProfileHasKey("spaced", "empty"));
    }

    [Fact]
    public void SsoSessionsAndServicesSectionsWithSubProperties()
    {
        var files = SharedConfigFiles.FromText(null, """
            [profile app]
            sso_session = corp
            services = local
            [sso-session corp]
            sso_start_url = https://corp.awsapps.com/start
            sso_region = eu-central-1
            [services local]
            dynamodb =
              endpoint_url = http://localhost:8000
            sts =
              endpoint_url = http://localhost:8001
            """, "app");

        Assert.True(files.HasSsoSession("corp"));
        Assert.Equal("https://corp.awsapps.com/start", files.GetSsoSessionValue("corp", "sso_start_url"));
        Assert.Equal("http://localhost:8000", files.GetServicesValue("local", "dynamodb", "endpoint_url"));
        Assert.Equal("http://localhost:8001", files.GetServicesValue("local", "sts", "endpoint_url"));
        Assert.Null(files.GetServicesValue("local", "s3", "endpoint_url"));
        Assert.False(files.HasProfile("corp"));
    }

    [Fact]
    public void AnIndentedLineUnderAValueContinuesIt()
    {
        var files = SharedConfigFiles.FromText(null, "[default]\nrole_arn = arn:aws:iam::1:role/a\n  continued\nregion = us-east-1\n");

        Assert.Equal("arn:aws:iam::1:role/a\ncontinued", files.Get("role_arn"));
        Assert.Equal("us-east-1", files.Get("region"));
    }

    [Fact]
    public void FilesAreFoundThroughTheEnvironmentAndTheHomeDirectory()
    {
        using var home = new TempAwsHome();
        home.Config("[profile work]\nregion = sa-east-1\n");
        var elsewhere = home.File("creds-elsewhere", "[work]\naws_access_key_id = AKIDELSEWHERE\n");
        home.Set("AWS_PROFILE", "work").Set("AWS_SHARED_CREDENTIALS_FILE", elsewhere);

        var files = SharedConfigFiles.Load(environment: home.Environment);

        Assert.Equal("work", files.Profile);
        Assert.True(files.ProfileIsExplicit);
        Assert.Equal("sa-east-1", files.Get("region"));
        Assert.Equal("AKIDELSEWHERE", files.Get("aws_access_key_id"));
        Assert.Null(SharedConfigFiles.Load(configFile: Path.Combine(home.Root, "missing"), environment: home.Environment).Get("region"));
    }
}
