package com.communitysuite.account.account;

import com.google.i18n.phonenumbers.NumberParseException;
import com.google.i18n.phonenumbers.PhoneNumberUtil;
import com.google.i18n.phonenumbers.Phonenumber;

import com.communitysuite.platform.domain.InvalidInputException;

/** A mobile number as the app sends it: a country calling code and the national number, both digits. */
public record PhoneNumber(String countryCode, String mobile) {

    public static final String INVALID = "请输入正确的手机号码";
    static final String REASON = "phone.invalid";

    /**
     * @throws InvalidInputException naming the field when the number is not a valid number of that country
     */
    public static PhoneNumber of(String countryCode, String mobile) {
        String code = countryCode == null || countryCode.isBlank() ? "86" : countryCode.trim();
        if (!code.matches("\\d{1,4}")) {
            throw new InvalidInputException(REASON, "countryCode", INVALID);
        }
        if (mobile == null || !mobile.trim().matches("\\d{4,15}")) {
            throw new InvalidInputException(REASON, "mobile", INVALID);
        }
        String number = mobile.trim();
        PhoneNumberUtil util = PhoneNumberUtil.getInstance();
        try {
            Phonenumber.PhoneNumber parsed = util.parse("+" + code + number, null);
            if (!util.isValidNumber(parsed)) {
                throw new InvalidInputException(REASON, "mobile", INVALID);
            }
        }
        catch (NumberParseException e) {
            throw new InvalidInputException(REASON, "mobile", INVALID);
        }
        return new PhoneNumber(code, number);
    }
}
