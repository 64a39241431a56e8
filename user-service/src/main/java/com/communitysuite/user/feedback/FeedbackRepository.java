package com.communitysuite.user.feedback;

import java.util.List;

import org.springframework.data.jpa.repository.JpaRepository;

interface FeedbackRepository extends JpaRepository<Feedback, Long> {

    List<Feedback> findBySurfaceOrderById(String surface);
}
