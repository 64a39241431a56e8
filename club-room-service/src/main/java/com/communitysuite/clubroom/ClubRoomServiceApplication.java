package com.communitysuite.clubroom;

import org.springframework.boot.SpringApplication;
import org.springframework.boot.autoconfigure.SpringBootApplication;

@SpringBootApplication
public class ClubRoomServiceApplication {

    public static void main(String[] args) {
        SpringApplication.run(ClubRoomServiceApplication.class, args);
    }
}
