package com.communitysuite.notification.sms;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.LinkedHashMap;
import java.util.Map;

import org.junit.jupiter.api.Test;

/** Aliyun's RPC signature V1 against the official vector of the Dysms signature document. */
class DysmsSignatureTest {

    static Map<String, String> officialParameters() {
        Map<String, String> parameters = new LinkedHashMap<>();
        parameters.put("AccessKeyId", "testId");
        parameters.put("Action", "SendSms");
        parameters.put("Format", "XML");
        parameters.put("OutId", "123");
        parameters.put("PhoneNumbers", "15300000001");
        parameters.put("RegionId", "cn-hangzhou");
        parameters.put("SignName", "阿里云短信测试专用");
        parameters.put("SignatureMethod", "HMAC-SHA1");
        parameters.put("SignatureNonce", "45e25e9b-0a6f-4070-8c85-2956eda1b466");
        parameters.put("SignatureVersion", "1.0");
        parameters.put("TemplateCode", "SMS_71390007");
        parameters.put("TemplateParam", "{\"customer\":\"test\"}");
        parameters.put("Timestamp", "2017-07-12T02:42:19Z");
        parameters.put("Version", "2017-05-25");
        return parameters;
    }

    @Test
    void theStringToSignIsTheOfficialOne() {
        assertThat(DysmsSignature.stringToSign("GET", officialParameters())).isEqualTo("GET&%2F&AccessKeyId%3DtestId"
                + "%26Action%3DSendSms%26Format%3DXML%26OutId%3D123%26PhoneNumbers%3D15300000001%26RegionId%3Dcn-hangzhou"
                + "%26SignName%3D%25E9%2598%25BF%25E9%2587%258C%25E4%25BA%2591%25E7%259F%25AD%25E4%25BF%25A1%25E6%25B5"
                + "%258B%25E8%25AF%2595%25E4%25B8%2593%25E7%2594%25A8%26SignatureMethod%3DHMAC-SHA1%26SignatureNonce%3D"
                + "45e25e9b-0a6f-4070-8c85-2956eda1b466%26SignatureVersion%3D1.0%26TemplateCode%3DSMS_71390007"
                + "%26TemplateParam%3D%257B%2522customer%2522%253A%2522test%2522%257D%26Timestamp%3D2017-07-12T02"
                + "%253A42%253A19Z%26Version%3D2017-05-25");
    }

    @Test
    void theSignatureIsTheOfficialOne() {
        String signature = DysmsSignature.sign("GET", officialParameters(), "testSecret");

        assertThat(signature).isEqualTo("zJDF+Lrzhj/ThnlvIToysFRq6t4=");
        assertThat(DysmsSignature.percentEncode(signature)).isEqualTo("zJDF%2BLrzhj%2FThnlvIToysFRq6t4%3D");
    }

    @Test
    void percentEncodingKeepsOnlyTheUnreservedCharacters() {
        assertThat(DysmsSignature.percentEncode("a b*c~d-_.")).isEqualTo("a%20b%2Ac~d-_.");
    }
}
